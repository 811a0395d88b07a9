# A key in a fixtures directory: reported at low severity.
KEY = "-----BEGIN RSA " "PRIVATE KEY-----\nMIIEowWu4bX8OHc5wMcLQxlL5TrucMrG+u3UW0W5ALSjf1CUWz54LQwwqajrqmdi\nfSlLs4aXIOacFcKvdeNyxGheCPIDWcMce28SLnni2UO2lKdyiy4AE32akTVKyM4H\nXnQXgPh+UjXNa9SalG7xNjtaATVWoYjxidfx9qv/Uheq+RrvNkkRypc2JygU4hs7cbBeh6\n-----END RSA PRIVATE KEY-----\n"  # want: KR828(low/high)
