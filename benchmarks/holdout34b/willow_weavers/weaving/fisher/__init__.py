from .diag import diagonal_fisher
from .merge import fisher_merge

__all__ = ["diagonal_fisher", "fisher_merge"]
