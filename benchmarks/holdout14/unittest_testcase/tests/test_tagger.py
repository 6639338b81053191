import unittest
import torch
import torch.nn.functional as F
from helpers import make_tagger, random_batch


class TaggerTestBase:
    arch = None

    def setUp(self):
        self.model = make_tagger(self.arch)
        self.tokens, self.tags = random_batch()

    def test_shapes(self):
        with torch.no_grad():
            self.assertEqual(self.model(self.tokens).shape, (3, 6, 5))

    def test_grad_flows_to_embeddings(self):
        loss = F.cross_entropy(self.model(self.tokens).flatten(0, 1), self.tags.flatten())
        loss.backward()  # TM001-here
        self.assertIsNotNone(self.model.embed.weight.grad)


class TestBiGRU(TaggerTestBase, unittest.TestCase):
    arch = "bigru"


class TestBiLSTM(TaggerTestBase, unittest.TestCase):
    arch = "bilstm"
