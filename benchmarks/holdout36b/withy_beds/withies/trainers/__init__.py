from withies.trainers.head_only import HeadOnlyTrainer

__all__ = ["HeadOnlyTrainer"]
