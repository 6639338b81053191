# expect: crash
# category: framework
"""Sentence-pair classification (paraphrase or not) with a shared BiLSTM encoder, trained by the Trainer."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from trainer import Trainer, TrainingArguments

torch.manual_seed(95)
VOCAB = 45


class PairClassifier(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.embeddings = nn.Embedding(VOCAB, 8, padding_idx=0)
        self.encoder = nn.LSTM(8, hidden, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(8 * hidden, 2)

    def encode(self, ids):
        return self.encoder(self.embeddings(ids))[0].max(1).values

    def forward(self, input_a, input_b, labels=None):
        a, b = self.encode(input_a), self.encode(input_b)
        logits = self.classifier(torch.cat([a, b, (a - b).abs(), a * b], -1))
        loss = F.cross_entropy(logits, labels) if labels is not None else None
        return {"loss": loss, "logits": logits}


def dataset(n):
    return [{"input_a": torch.randint(1, VOCAB, (4, 7)), "input_b": torch.randint(1, VOCAB, (4, 7)),
             "labels": torch.randint(0, 2, (4,))} for _ in range(n)]


def accuracy(logits, labels):
    return {"accuracy": (logits.argmax(-1) == labels).float().mean().item()}


args = TrainingArguments(num_train_epochs=1, gradient_accumulation_steps=2, eval_steps=1)
trainer = Trainer(PairClassifier(), args, dataset(6), dataset(2), compute_metrics=accuracy)
print(trainer.train())
