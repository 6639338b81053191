# expect: clean
# category: framework
"""Step-wise evaluation plus a callback that puts the model back into training mode after each evaluation."""
import torch

from modeling import LstmConfig, LstmForSequenceClassification, make_dataset
from trainer_lib import Trainer, TrainerCallback, TrainingArguments


class ResumeTrainingCallback(TrainerCallback):
    def on_evaluate(self, args, state, control, model=None, metrics=None, **kwargs):
        print(f"step {state.global_step}: eval_loss={metrics['eval_loss']:.3f}")
        model.train()


torch.manual_seed(0)
model = LstmForSequenceClassification(LstmConfig())
args = TrainingArguments(num_train_epochs=2, eval_strategy="steps", eval_steps=3)
trainer = Trainer(model, args, make_dataset(48), make_dataset(16, seed=1), callbacks=[ResumeTrainingCallback()])
trainer.train()
