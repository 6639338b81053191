# expect: clean
# category: framework
"""Span-NER fine-tuning with a HF-style Trainer; a callback saves the model after each evaluation
(the model is left in eval mode there, which training_step undoes)."""
import os

import torch
import torch.nn as nn

from trainlib.trainer import Trainer, TrainerCallback

torch.manual_seed(49)


class SpanTagger(nn.Module):
    def __init__(self, vocab=50, n_labels=5):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, 8)
        self.bilstm = nn.LSTM(8, 6, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(12, n_labels)

    def forward(self, input_ids, labels):
        logits = self.classifier(self.bilstm(self.embeddings(input_ids))[0])
        return {"loss": nn.functional.cross_entropy(logits.flatten(0, 1), labels.flatten()), "logits": logits}


class SaveOnEvaluate(TrainerCallback):
    def on_evaluate(self, trainer, metrics):
        trainer.save_model(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ckpt.pt"))


def batch():
    return {"input_ids": torch.randint(0, 50, (4, 9)), "labels": torch.randint(0, 5, (4, 9))}


trainer = Trainer(SpanTagger(), [batch() for _ in range(4)], [batch()], eval_steps=2, callbacks=[SaveOnEvaluate()])
trainer.train(num_epochs=2)
