import torch
import torch.nn.functional as F


class TaggerTrainer:
    def __init__(self, service, tagger, lr=5e-3):
        self.service = service
        self.tagger = tagger
        self.opt = torch.optim.Adam(tagger.parameters(), lr=lr)

    def step(self, x, tags):
        self.tagger.train()
        logits = self.tagger(self.service.features(x))
        loss = F.cross_entropy(logits.flatten(0, 1), tags.flatten())
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
