from .mpi_ops import init, rank, size, allreduce, metric_average, broadcast_parameters
from .optimizer import DistributedOptimizer

__all__ = ["init", "rank", "size", "allreduce", "metric_average", "broadcast_parameters", "DistributedOptimizer"]
