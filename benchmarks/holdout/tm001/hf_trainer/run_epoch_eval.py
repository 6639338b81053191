# expect: clean
# category: framework
"""Fine-tune the LSTM classifier, evaluating at the end of every epoch."""
import torch

from modeling import LstmConfig, LstmForSequenceClassification, make_dataset
from trainer_lib import Trainer, TrainingArguments

torch.manual_seed(0)
config = LstmConfig(num_labels=3)
model = LstmForSequenceClassification(config)
args = TrainingArguments(output_dir="runs/epoch", num_train_epochs=3, eval_strategy="epoch")
trainer = Trainer(model=model, args=args, train_dataset=make_dataset(48), eval_dataset=make_dataset(16, seed=1))
state = trainer.train()
print(state.log_history[-1])
