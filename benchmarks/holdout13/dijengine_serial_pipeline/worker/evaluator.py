import torch


class InteractionSerialEvaluator:
    def __init__(self, eval_mode, stop_value=1e9):
        self._policy = eval_mode
        self._stop_value = stop_value

    def eval(self, train_iter):
        actions = self._policy.forward({"obs": torch.randn(2, 5, 4)})["action"]
        reward = float(actions.float().mean())
        print("iter", train_iter, "eval reward", reward)
        return reward >= self._stop_value, reward
