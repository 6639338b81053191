import torch


class PhaseTrainer:
    """Hands its networks out by name (`self.encoder`) through __getattr__."""

    def __init__(self, nets):
        self.nets = nets
        self.optimizer = torch.optim.Adam([p for net in nets.values() for p in net.parameters()], lr=1e-3)

    def __getattr__(self, name):
        if name in ("encoder", "decoder", "critic"):
            return self.__dict__["nets"][name]
        raise AttributeError(name)

    def reconstruct(self, batch):
        loss = (self.decoder(self.encoder(batch)) - batch).pow(2).mean()
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()

    def criticise(self, batch):
        with torch.no_grad():
            codes = self.encoder(batch)
        loss = self.critic(codes).mean()
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
