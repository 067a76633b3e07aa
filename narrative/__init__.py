"""narrative: who said what in news articles and reader comments, how they framed it, where they stand.

>>> import narrative
>>> callable(narrative.analyze)
True
"""
__version__ = "0.1.0"


def analyze(path, **kwargs):
    """Analyse a corpus folder or file and return an :class:`narrative.pipeline.Analysis`."""
    from .pipeline import analyze as _analyze

    return _analyze(path, **kwargs)
