from quiller.tasks.ttt import TestTimeTrainer
