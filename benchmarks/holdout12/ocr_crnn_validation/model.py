import torch.nn as nn

from modules.feature_extraction import VGG_FeatureExtractor
from modules.sequence_modeling import BidirectionalLSTM


class Model(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.opt = opt
        self.FeatureExtraction = VGG_FeatureExtractor(1, 32)
        self.AdaptiveAvgPool = nn.AdaptiveAvgPool2d((None, 1))
        self.SequenceModeling = nn.Sequential(
            BidirectionalLSTM(32, opt.hidden_size, opt.hidden_size),
            BidirectionalLSTM(opt.hidden_size, opt.hidden_size, opt.hidden_size),
        )
        self.Prediction = nn.Linear(opt.hidden_size, opt.num_class)

    def forward(self, input, text=None, is_train=True):
        visual_feature = self.FeatureExtraction(input)
        visual_feature = self.AdaptiveAvgPool(visual_feature.permute(0, 3, 1, 2)).squeeze(3)
        contextual_feature = self.SequenceModeling(visual_feature)
        return self.Prediction(contextual_feature.contiguous())
