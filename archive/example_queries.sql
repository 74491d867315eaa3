-- Which sites reposted this notice, and how soon after it was published?
SELECT domain, source_kind, shown_published_at, hours_after_story, url
FROM story_copies
WHERE cluster_id = (SELECT cluster_id FROM articles
                    WHERE is_canonical AND title LIKE '%生态环境保护工作会议%')
ORDER BY hours_after_story;

-- Which portals inject spam, into how many stories, and whose stories are they?
SELECT domain, source_kind, COUNT(*) AS spam_pages, COUNT(DISTINCT cluster_id) AS stories,
       MIN(canonical_domain) AS an_original_publisher
FROM spam_reposts
GROUP BY domain, source_kind
ORDER BY spam_pages DESC;

-- Daily volume by source: pages per day of publication (China time).
SELECT shown_published_day, domain, COUNT(*) AS pages, COUNT(DISTINCT cluster_id) AS stories
FROM story_copies
WHERE shown_published_day IS NOT NULL
GROUP BY shown_published_day, domain
ORDER BY shown_published_day, domain;

-- Articles mentioning a term, by province of the site that carried them.
SELECT region, COUNT(DISTINCT cluster_id) AS stories, COUNT(*) AS pages
FROM story_copies
WHERE region IS NOT NULL
  AND article_id IN (SELECT id FROM articles WHERE body LIKE '%生态环境%')
GROUP BY region
ORDER BY stories DESC;

-- The most copied stories, with their canonical copy and where it comes from.
SELECT cluster_id, title, canonical_domain, canonical_source_kind, copies, sources, spam_injected_pages
FROM canonical_stories
ORDER BY copies DESC, cluster_id
LIMIT 10;

-- Original publishers and copiers: how many of each site's articles are a story's canonical copy.
SELECT domain, kind, articles, canonical_articles, articles - canonical_articles AS copies_of_others,
       spam_injected_pages, truncated_pages
FROM source_stats
WHERE pages > 0
ORDER BY copies_of_others DESC, domain;

-- How fast copies appear, by kind of site.
SELECT source_kind, COUNT(*) AS copies, AVG(hours_after_story) AS mean_hours, MAX(hours_after_story) AS latest
FROM story_copies
WHERE NOT is_canonical AND hours_after_story IS NOT NULL
GROUP BY source_kind
ORDER BY mean_hours;

-- Paywalled copies, and where the full text of the same story is.
SELECT sc.url AS paywalled_copy, sc.domain, cs.canonical_url AS full_text, cs.canonical_domain
FROM story_copies sc
JOIN canonical_stories cs ON cs.cluster_id = sc.cluster_id
WHERE sc.is_truncated AND NOT cs.is_truncated;

-- Sites that serve Chinese news converted to Traditional characters, and whose stories they carry.
SELECT sc.domain, COUNT(*) AS converted_pages, MIN(cs.canonical_domain) AS an_original_publisher
FROM story_copies sc
JOIN canonical_stories cs ON cs.cluster_id = sc.cluster_id
WHERE sc.script = 'zh-Hant'
GROUP BY sc.domain;

-- Whose stories are copied most widely.
SELECT canonical_domain, COUNT(*) AS stories, SUM(sources - 1) AS other_sites_carrying_them
FROM canonical_stories
GROUP BY canonical_domain
ORDER BY other_sites_carrying_them DESC, canonical_domain;

-- Reporters and the stories they wrote, with how many pages carry each.
SELECT author, title, published_at, pages
FROM canonical_stories
WHERE author IS NOT NULL
ORDER BY published_at DESC;

-- Pages by the version of the processing code that produced them (older ones: `archive reprocess`).
SELECT extraction_version, kind, COUNT(*) AS pages
FROM pages
GROUP BY extraction_version, kind
ORDER BY extraction_version, kind;
