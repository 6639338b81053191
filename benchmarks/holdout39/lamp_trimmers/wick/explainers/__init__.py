from .base import EXPLAINERS
from . import jac  # noqa: F401
