import unittest

import torch
import torch.nn.functional as F
from helpers import build_tagger


class TaggerTest(unittest.TestCase):
    def setUp(self):
        self.model = build_tagger()
        self.tokens = torch.randint(0, 20, (2, 5))

    def test_shapes(self):
        with torch.no_grad():
            self.assertEqual(self.model(self.tokens).shape, (2, 5, 3))

    def test_gradients_reach_the_embedding(self):
        loss = F.cross_entropy(self.model(self.tokens).flatten(0, 1), torch.zeros(10, dtype=torch.long))
        loss.backward()  # TM001-here
        self.assertIsNotNone(self.model.embed.weight.grad)
