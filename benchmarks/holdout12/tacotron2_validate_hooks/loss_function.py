from torch import nn


class Tacotron2Loss(nn.Module):
    def forward(self, model_output, targets):
        return nn.MSELoss()(model_output, targets)
