import torch
import torch.nn.functional as F


class A2CAgent:
    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.optimizer = torch.optim.Adam(model.parameters(), lr=config["learning_rate"])
        self.init_tensors()

    def set_train(self):
        self.model.train()

    def set_eval(self):
        self.model.eval()

    def init_tensors(self):
        self.set_train()
        self.seq_len = self.config["seq_length"]

    def play_steps(self):
        obs = torch.randn(self.config["num_actors"], self.seq_len, self.config["obs_dim"])
        returns = torch.randn(self.config["num_actors"], self.seq_len)
        return obs, returns

    def train_epoch(self):
        obs, returns = self.play_steps()
        logits, values, _ = self.model(obs)
        entropy = torch.distributions.Categorical(logits=logits).entropy().mean()
        loss = F.mse_loss(values, returns) - self.config["entropy_coef"] * entropy
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()
