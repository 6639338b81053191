"""A small saliency library: gradient x input over a prediction function it is given at construction. Its
`safe_rnn` switch turns cuDNN off around the forward and the gradient (eval-mode RNNs need that)."""
import torch


class InputXGradient:
    def __init__(self, predict, safe_rnn=True):
        self.predict = predict
        self.safe_rnn = safe_rnn

    def _gradient(self, inputs, index):
        inputs = inputs.detach().requires_grad_(True)
        scores = self.predict(inputs)
        return torch.autograd.grad(scores[:, index].sum(), inputs)[0]

    def explain(self, inputs, index=0):
        with torch.backends.cudnn.flags(enabled=self.safe_rnn is False):
            return inputs * self._gradient(inputs, index)
