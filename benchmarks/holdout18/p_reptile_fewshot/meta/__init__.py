from .algos import Reptile
from .tasks import sample_task
