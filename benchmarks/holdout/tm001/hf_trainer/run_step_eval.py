# expect: crash
# category: framework
"""Same fine-tuning, but evaluate every 3 optimisation steps for a denser learning curve."""
import torch

from modeling import LstmConfig, LstmForSequenceClassification, make_dataset
from trainer_lib import Trainer, TrainingArguments


def main():
    torch.manual_seed(0)
    model = LstmForSequenceClassification(LstmConfig(num_labels=3, num_layers=2))
    args = TrainingArguments(output_dir="runs/steps", num_train_epochs=2, eval_strategy="steps", eval_steps=3)
    trainer = Trainer(model=model, args=args, train_dataset=make_dataset(48), eval_dataset=make_dataset(16, seed=1))
    trainer.train()  # TM001-here
    print(trainer.evaluate())


if __name__ == "__main__":
    main()
