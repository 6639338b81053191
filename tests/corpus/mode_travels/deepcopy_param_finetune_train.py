# expect: clean
"""Near miss of deepcopy_param_finetune: the adapter switches its copy to training mode before the
inner loop, so the eval mode of the base model it copied does not matter."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(22)


class KeywordSpotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.score = nn.Linear(8, 3)

    def forward(self, frames):
        return self.score(self.lstm(frames)[0][:, -1])


class SpeakerAdapter:
    def __init__(self, pretrained, steps=2):
        self.pretrained, self.steps = pretrained, steps

    def personalise(self, frames, words):
        personal = copy.deepcopy(self.pretrained)
        personal.train()
        opt = torch.optim.Adam(personal.parameters(), lr=1e-2)
        for _ in range(self.steps):
            loss = nn.functional.cross_entropy(personal(frames), words)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return personal.eval()


adapter = SpeakerAdapter(KeywordSpotter())
adapter.pretrained.eval()
with torch.no_grad():
    print("generic", adapter.pretrained(torch.randn(2, 7, 5)).argmax(-1))
mine = adapter.personalise(torch.randn(4, 7, 5), torch.randint(0, 3, (4,)))
with torch.no_grad():
    print("personal", mine(torch.randn(2, 7, 5)).argmax(-1))
