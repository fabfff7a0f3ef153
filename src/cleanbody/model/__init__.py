"""The learned lexicon: evidence that generalises beyond the phrases rules list.

- :mod:`cleanbody.model.features`: what the model sees in a block (words, shape, place).
- :mod:`cleanbody.model.lexicon`: the bundled model at cleaning time, with explanations.
- :mod:`cleanbody.model.train`: ``python -m cleanbody.model.train`` rebuilds the model
  from ``training/`` (needs ``cleanbody[train]``).
"""
