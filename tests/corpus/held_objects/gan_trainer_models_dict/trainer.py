import torch


class GanTrainer:
    def __init__(self, model, epochs):
        self.model = model
        self.nets = model.networks()
        self.opts = {name: torch.optim.Adam(net.parameters(), lr=1e-3) for name, net in self.nets.items()}
        self.epochs = epochs

    def train_epoch(self):
        self.nets["generator"].train()
        for _ in range(2):
            real = torch.randn(4, 5, 3)
            critic_loss = self.model.critic_loss(real)
            self.opts["critic"].zero_grad()
            critic_loss.backward()  # TM001-here
            self.opts["critic"].step()
            gen_loss = self.model.generator_loss(real)
            self.opts["generator"].zero_grad()
            gen_loss.backward()
            self.opts["generator"].step()

    @torch.no_grad()
    def evaluate(self):
        for net in self.nets.values():
            net.eval()
        return self.model.critic_loss(torch.randn(4, 5, 3))

    def fit(self):
        for _ in range(self.epochs):
            self.train_epoch()
            self.evaluate()
