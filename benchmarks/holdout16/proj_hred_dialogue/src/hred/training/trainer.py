import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, dialog):
        context, response = dialog[:, :-1], dialog[:, -1]
        logits = self.model(context, response)
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), response[:, 1:].reshape(-1))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def on_epoch_end(self, epoch, sample_batch):
        reply = self.model.generate(sample_batch[:1, :-1])
        print(f"epoch {epoch} sample reply {reply.tolist()}")

    def fit(self, batches, epochs):
        for epoch in range(epochs):
            self.model.train()
            losses = [self.step(b) for b in batches]
            print(f"epoch {epoch} loss {sum(losses) / len(losses):.4f}")
            self.on_epoch_end(epoch, batches[0])
