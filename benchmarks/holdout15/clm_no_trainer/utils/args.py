from dataclasses import dataclass


@dataclass
class TrainingArguments:
    model_type: str = "lstm"
    learning_rate: float = 5e-4
    weight_decay: float = 0.01
    num_train_epochs: int = 1
    per_device_train_batch_size: int = 8
    gradient_accumulation_steps: int = 1
    num_warmup_steps: int = 2
    seed: int = 42
