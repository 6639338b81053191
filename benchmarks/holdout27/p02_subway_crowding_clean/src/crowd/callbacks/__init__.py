from .crowd_trainer import CrowdTrainer
