"""Adapters for data pipelines; each module imports its framework only when imported.

- :mod:`cleanbody.integrations.hf`: ``clean_examples`` for ``datasets.Dataset.map``.
- :mod:`cleanbody.integrations.datatrove`: ``CleanBodyStep`` (text), ``CleanBodyExtractor``
  (HTML, with a timeout) and ``HtmlWarcReader`` (WARC files), datatrove pipeline steps
  (needs ``pip install 'cleanbody[datatrove]'``, and ``'cleanbody[warc]'`` for WARC).
- :mod:`cleanbody.integrations.langchain`: ``CleanBodyTransformer``, a LangChain
  document transformer (needs ``pip install 'cleanbody[langchain]'``).
- :mod:`cleanbody.integrations.scrapy`: ``CleanBodyPipeline``, a Scrapy item pipeline,
  and ``response_document`` (needs ``pip install 'cleanbody[scrapy]'``).

All of them store the fixed-shape account of :mod:`cleanbody.annotation`.
"""
