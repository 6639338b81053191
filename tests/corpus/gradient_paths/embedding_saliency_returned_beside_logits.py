# expect: crash
"""Saliency on word embeddings of an eval-mode classifier: forward() returns the embeddings it fed the LSTM
beside the logits, and autograd.grad asks for them, so the gradient runs back through the eval-mode LSTM."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, tokens, return_emb=False):
        emb = self.emb(tokens)
        logits = self.out(self.lstm(emb)[0][:, -1])
        return (logits, emb) if return_emb else logits


torch.manual_seed(0)
model = Classifier()
model.eval()
tokens = torch.randint(0, 50, (4, 6))
logits, emb = model(tokens, return_emb=True)
(saliency,) = torch.autograd.grad(logits[:, 1].sum(), emb)  # TM001-here
print(saliency.norm(dim=-1))
