from .framework import Trainer, Task
from .grader import StapleGrader
