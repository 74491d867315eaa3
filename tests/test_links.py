from pipelines.links import script_pagination_urls


def test_trs_script_pagination_lists_every_page() -> None:
    html = '<div class="page"><script>createPageHTML(4, 0, "index", "shtml");</script></div>'
    assert script_pagination_urls(html) == ["index.shtml", "index_1.shtml", "index_2.shtml", "index_3.shtml"]


def test_no_pagination_script() -> None:
    assert script_pagination_urls("<script>var createPage = 1;</script>") == []
