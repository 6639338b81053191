import torch.nn as nn


class VGG_FeatureExtractor(nn.Module):
    def __init__(self, input_channel, output_channel=32):
        super().__init__()
        self.ConvNet = nn.Sequential(
            nn.Conv2d(input_channel, 8, 3, 1, 1), nn.ReLU(True), nn.MaxPool2d(2, 2),
            nn.Conv2d(8, output_channel, 3, 1, 1), nn.BatchNorm2d(output_channel), nn.ReLU(True),
            nn.MaxPool2d((2, 1), (2, 1)),
        )

    def forward(self, input):
        return self.ConvNet(input)
