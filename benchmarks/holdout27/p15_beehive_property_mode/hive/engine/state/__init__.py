from .modes import ModeMixin
