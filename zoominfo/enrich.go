package zoominfo

import (
	"context"
	"net/http"
)

// ContactEnrichRequest is the body of POST /enrich/contact: the people to
// match and the fields wanted back.
type ContactEnrichRequest struct {
	MatchPersonInput []ContactMatch `json:"matchPersonInput"`
	OutputFields     []string       `json:"outputFields"`
}

// ContactMatch identifies one person to enrich; give an id, an e-mail
// address, or a name with a company.
type ContactMatch struct {
	PersonID     int64  `json:"personId,omitempty"`
	EmailAddress string `json:"emailAddress,omitempty"`
	FirstName    string `json:"firstName,omitempty"`
	LastName     string `json:"lastName,omitempty"`
	CompanyName  string `json:"companyName,omitempty"`
}

// ContactEnrichResponse is the answer of POST /enrich/contact.
type ContactEnrichResponse struct {
	Success bool `json:"success"`
	Data    struct {
		Result []ContactEnrichResult `json:"result"`
	} `json:"data"`
}

// ContactEnrichResult is the match for one input.
type ContactEnrichResult struct {
	Input       ContactMatch `json:"input"`
	Data        []Contact    `json:"data"`
	MatchStatus string       `json:"matchStatus"` // FULL_MATCH, NO_MATCH, …
}

// CompanyEnrichRequest is the body of POST /enrich/company.
type CompanyEnrichRequest struct {
	MatchCompanyInput []CompanyMatch `json:"matchCompanyInput"`
	OutputFields      []string       `json:"outputFields"`
}

// CompanyMatch identifies one company to enrich, by id, name or website.
type CompanyMatch struct {
	CompanyID      int64  `json:"companyId,omitempty"`
	CompanyName    string `json:"companyName,omitempty"`
	CompanyWebsite string `json:"companyWebsite,omitempty"`
}

// CompanyEnrichResponse is the answer of POST /enrich/company.
type CompanyEnrichResponse struct {
	Success bool `json:"success"`
	Data    struct {
		Result []CompanyEnrichResult `json:"result"`
	} `json:"data"`
}

// CompanyEnrichResult is the match for one input.
type CompanyEnrichResult struct {
	Input       CompanyMatch `json:"input"`
	Data        []Company    `json:"data"`
	MatchStatus string       `json:"matchStatus"`
}

// EnrichContacts returns what the API knows about the people in req.
func (c *Client) EnrichContacts(ctx context.Context,
	req *ContactEnrichRequest) (*ContactEnrichResponse, error) {
	if req == nil {
		return nil, errNilRequest
	}
	var out ContactEnrichResponse
	if err := c.Do(ctx, http.MethodPost, "/enrich/contact", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// EnrichCompanies returns what the API knows about the companies in req.
func (c *Client) EnrichCompanies(ctx context.Context,
	req *CompanyEnrichRequest) (*CompanyEnrichResponse, error) {
	if req == nil {
		return nil, errNilRequest
	}
	var out CompanyEnrichResponse
	if err := c.Do(ctx, http.MethodPost, "/enrich/company", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
