# expect: crash
"""Reptile-style few-shot adaptation: the adapter fine-tunes a deep copy of the base model it holds.
At test time the base model was put in eval mode first, and the copy inherits that mode."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(21)


class GestureNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 9, batch_first=True)
        self.cls = nn.Linear(9, 4)

    def forward(self, strokes):
        return self.cls(self.gru(strokes)[1][-1])


class FewShotAdapter:
    def __init__(self, base_model, steps=2, lr=0.05):
        self.base_model, self.steps, self.lr = base_model, steps, lr

    def finetune(self, strokes, labels):
        clone = copy.deepcopy(self.base_model)
        opt = torch.optim.SGD(clone.parameters(), lr=self.lr)
        for _ in range(self.steps):
            loss = nn.functional.cross_entropy(clone(strokes), labels)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return clone


adapter = FewShotAdapter(GestureNet())
adapter.finetune(torch.randn(4, 6, 3), torch.randint(0, 4, (4,)))
adapter.base_model.eval()
with torch.no_grad():
    print("zero-shot", adapter.base_model(torch.randn(2, 6, 3)).argmax(-1))
tuned = adapter.finetune(torch.randn(4, 6, 3), torch.randint(0, 4, (4,)))
print("adapted", tuned(torch.randn(2, 6, 3)).argmax(-1))
