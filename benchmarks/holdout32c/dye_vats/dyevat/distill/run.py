import torch.nn.functional as F


class DistillRun:
    def __init__(self, state, callbacks=(), temperature=2.0):
        self.state = state
        self.callbacks = list(callbacks)
        self.T = temperature

    def step(self, x, y):
        s = self.state
        soft = F.softmax(s.teacher(x) / self.T, dim=-1)
        logits = s.student(x)
        loss = F.kl_div(F.log_softmax(logits / self.T, -1), soft, reduction="batchmean") * self.T ** 2
        loss = loss + 0.3 * F.cross_entropy(logits, y)
        s.optimizer.zero_grad()
        loss.backward()
        s.optimizer.step()
        return loss.item()

    def fit(self, epochs):
        for epoch in range(epochs):
            self.state.epoch = epoch
            self.state.student.train()
            losses = [self.step(x, y) for x, y in self.state.batches]
            self.state.log.append(f"epoch {epoch} distill {sum(losses) / len(losses):.4f}")
            for cb in self.callbacks:
                cb.on_epoch_end(self)
