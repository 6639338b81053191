"""A probing library: a frozen-victim wrapper (its constructor puts the model in eval mode, as a query
interface should; it switches the model to training mode for the gradients it is asked for, and back) and
a search that asks the wrapper for loss gradients with respect to the inputs."""
import torch


class VictimInterface:
    def __init__(self, model):
        self.model = model
        self.model.eval()

    def input_gradient(self, batch, target):
        was_training = self.model.training
        self.model.train()  # cuDNN RNNs have no backward in eval mode
        try:
            return self._input_gradient(batch, target)
        finally:
            self.model.train(was_training)

    def predict(self, batch):
        with torch.no_grad():
            return self.model(batch).argmax(-1)

    def _input_gradient(self, batch, target):
        batch = batch.detach().requires_grad_(True)
        loss = torch.nn.functional.cross_entropy(self.model(batch), target)
        loss.backward()
        return batch.grad


class GreedySearch:
    def __init__(self, interface, budget=2):
        self.interface = interface
        self.budget = budget

    def perturb(self, batch, target):
        for _ in range(self.budget):
            grad = self.interface.input_gradient(batch, target)
            batch = batch + 0.1 * grad.sign()
        return batch

    def run(self, samples):
        flipped = 0
        for batch, target in samples:
            adv = self.perturb(batch, target)
            flipped += int((self.interface.predict(adv) != target).sum())
        return flipped
