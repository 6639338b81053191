# expect: clean
import torch

from hf_trainer import Trainer, TrainingArguments
from modeling.rnn_for_classification import RnnForSequenceClassification


def dataset(n, seed):
    g = torch.Generator().manual_seed(seed)
    data = []
    for _ in range(n):
        ids = torch.randint(0, 40, (4, 9), generator=g)
        data.append({"input_ids": ids, "attention_mask": torch.ones_like(ids), "labels": ids[:, 0] % 3})
    return data


def compute_metrics(logits, labels):
    return {"accuracy": (logits.argmax(-1) == labels).float().mean().item()}


torch.manual_seed(0)
model = RnnForSequenceClassification()
trainer = Trainer(model, TrainingArguments(num_train_epochs=2, eval_steps=2), dataset(3, 1), dataset(2, 2),
                  compute_metrics=compute_metrics)
print("before training:", trainer.evaluate())
trainer.train()
print("after training:", trainer.evaluate())
