from .fisher import fisher_diagonal, fisher_merge
