from .ttt import TestTimeTrainer
