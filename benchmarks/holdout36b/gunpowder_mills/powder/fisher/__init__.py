from powder.fisher.diag import diagonal_fisher
from powder.fisher.merge import fisher_merge

__all__ = ["diagonal_fisher", "fisher_merge"]
