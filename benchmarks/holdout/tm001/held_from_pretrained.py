# expect: crash
# category: held_objects
"""Domain-adaptive fine-tuning of a 'pretrained' ELMo-like LM loaded through from_pretrained()."""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class BiLM(nn.Module):
    def __init__(self, vocab=50, dim=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.forward_lm = nn.LSTM(dim, dim, batch_first=True)
        self.softmax = nn.Linear(dim, vocab)

    def forward(self, ids):
        return self.softmax(self.forward_lm(self.embed(ids))[0])

    def save_pretrained(self, path):
        os.makedirs(path, exist_ok=True)
        torch.save(self.state_dict(), os.path.join(path, "pytorch_model.bin"))

    @classmethod
    def from_pretrained(cls, path, **kwargs):
        model = cls(**kwargs)
        model.load_state_dict(torch.load(os.path.join(path, "pytorch_model.bin")))
        model.eval()
        return model


class LMFineTuner:
    def __init__(self, lm, lr=1e-3):
        self.lm = lm
        self.opt = torch.optim.Adam(lm.parameters(), lr=lr)

    def step(self, ids):
        logits = self.lm(ids[:, :-1])
        loss = F.cross_entropy(logits.flatten(0, 1), ids[:, 1:].flatten())
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


torch.manual_seed(0)
ckpt = os.path.join(tempfile.mkdtemp(), "bilm-small")
BiLM().save_pretrained(ckpt)
tuner = LMFineTuner(BiLM.from_pretrained(ckpt))
for _ in range(2):
    print(tuner.step(torch.randint(0, 50, (4, 8))))
