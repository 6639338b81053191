"""Rag-and-bone cart: predicts scrap value per street from past round logs."""
