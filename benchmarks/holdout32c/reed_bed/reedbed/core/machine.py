import torch.nn.functional as F

from ..utils import evaluating


class Runner:
    def __init__(self, state):
        self.state = state
        self.transitions = {
            "start": self.on_start,
            "train": self.on_train,
            "validate": self.on_validate,
            "next_epoch": self.on_next_epoch,
        }

    def run(self):
        phase = "start"
        while phase != "done":
            self.state.trace.append(phase)
            phase = self.transitions[phase]()

    def on_start(self):
        self.state.models["filter"]["net"].train()
        return "train"

    def on_train(self):
        slot = self.state.models["filter"]
        every = self.state.cfg["eval_every"]
        for x, y in self.state.data["train"]:
            slot["opt"].zero_grad()
            loss = F.mse_loss(slot["net"](x), y)
            loss.backward()
            slot["opt"].step()
            self.state.metrics["train"].append(loss.item())
            self.state.step += 1
            if self.state.step % every == 0:
                self.on_validate(record_only=True)
        return "validate"

    def on_validate(self, record_only=False):
        net = self.state.models["filter"]["net"]
        with evaluating(net):
            vals = [F.mse_loss(net(x), y).item() for x, y in self.state.data["val"]]
        self.state.metrics["val"].append(sum(vals) / len(vals))
        return None if record_only else "next_epoch"

    def on_next_epoch(self):
        self.state.epoch += 1
        return "done" if self.state.epoch >= self.state.cfg["epochs"] else "train"
