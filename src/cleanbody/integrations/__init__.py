"""Adapters for data pipelines; each module imports its framework only when imported.

- :mod:`cleanbody.integrations.hf`: ``clean_examples`` for ``datasets.Dataset.map``.
- :mod:`cleanbody.integrations.datatrove`: ``CleanBodyStep``, a datatrove pipeline step
  (needs ``pip install 'cleanbody[datatrove]'``).
- :mod:`cleanbody.integrations.scrapy`: ``CleanBodyPipeline``, a Scrapy item pipeline,
  and ``response_document`` (needs ``pip install 'cleanbody[scrapy]'``).
"""
