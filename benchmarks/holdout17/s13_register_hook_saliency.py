# expect: crash
"""Token saliency via Tensor.register_hook on the embedding output of a trained sentiment LSTM."""
import torch
import torch.nn as nn

torch.manual_seed(6)


class Sentiment(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(40, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)
        self._grads = None

    def save_grad(self, g):
        self._grads = g

    def forward(self, x, keep_grad=False):
        e = self.embedding(x)
        if keep_grad:
            e.register_hook(self.save_grad)
        out, _ = self.rnn(e)
        return self.fc(out[:, -1])


def saliency(model, x):
    logits = model(x, keep_grad=True)
    logits[:, logits.argmax(-1)[0]].sum().backward()  # TM001-here
    return model._grads.norm(dim=-1)


model = Sentiment()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(3):
    x, y = torch.randint(0, 40, (4, 7)), torch.randint(0, 2, (4,))
    opt.zero_grad(); nn.functional.cross_entropy(model(x), y).backward(); opt.step()
model.eval()
print(saliency(model, torch.randint(0, 40, (1, 7))))
print("done")
