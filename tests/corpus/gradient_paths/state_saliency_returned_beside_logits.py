# expect: clean
"""The same attribution, but on the LSTM's own outputs (Grad-CAM on recurrent activations): forward() returns
the states beside the logits, and the gradient asked for them stops there, before the LSTM's backward."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, tokens, return_states=False):
        states = self.lstm(self.emb(tokens))[0]
        logits = self.out(states[:, -1])
        return (logits, states) if return_states else logits


torch.manual_seed(0)
model = Classifier()
model.eval()
tokens = torch.randint(0, 50, (4, 6))
logits, states = model(tokens, return_states=True)
(saliency,) = torch.autograd.grad(logits[:, 1].sum(), states)
print(saliency.norm(dim=-1))
