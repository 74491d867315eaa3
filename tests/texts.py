"""Sentences of seed 001's provincial article, which the cleaning, spam and attribution step tests build their
texts from."""

CONFERENCE = "2023年2月21日,2023年全省生态环境保护工作会议在广州召开。"
WORK_REPORT = ("会议总结2022年全省生态环境保护工作，安排部署2023年重点工作，深入打好污染防治攻坚战，"
               "协同推进降碳、减污、扩绿、增长。")
