import torch
import torch.nn.functional as F


class CaptionTrainer:
    def __init__(self, model, show_every=10, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.show_every = show_every

    def fit(self, batches, probe):
        self.model.train()
        for step, (video, caps) in enumerate(batches):
            logits = self.model(video, caps)
            loss = F.cross_entropy(logits.flatten(0, 1), caps[:, 1:].flatten(), label_smoothing=0.1)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            if step % self.show_every == 0:
                print(step, round(loss.item(), 3), "sample:", self.model.generate(probe))
