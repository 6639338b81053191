from torch.nn import functional as F


class ImitationLoop:
    """Behaviour cloning from demonstrations by an expert shearer."""

    def __init__(self, policy, optimizer, callbacks=()):
        self.policy = policy
        self.optimizer = optimizer
        self.callbacks = list(callbacks)
        self.epoch = 0
        self.last_loss = float("nan")

    def run(self, demos, epochs=2):
        for self.epoch in range(epochs):
            self.policy.train()
            for obs, act in demos:
                loss = F.mse_loss(self.policy(obs), act)
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
                self.last_loss = float(loss)
            for cb in self.callbacks:
                cb.on_epoch_end(self)
