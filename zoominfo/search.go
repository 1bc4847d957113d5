package zoominfo

import (
	"context"
	"errors"
	"net/http"
)

// ContactSearchRequest is the body of POST /search/contact. Only a few of
// the API's criteria have fields here; send others with Client.Do.
type ContactSearchRequest struct {
	FirstName   string `json:"firstName,omitempty"`
	LastName    string `json:"lastName,omitempty"`
	JobTitle    string `json:"jobTitle,omitempty"`
	CompanyName string `json:"companyName,omitempty"`
	CompanyID   string `json:"companyId,omitempty"`

	// RPP is the number of results per page, Page the 1-based page.
	RPP  int `json:"rpp,omitempty"`
	Page int `json:"page,omitempty"`
}

// ContactSearchResponse is one page of contacts.
type ContactSearchResponse struct {
	MaxResults   int       `json:"maxResults"`
	TotalResults int       `json:"totalResults"`
	CurrentPage  int       `json:"currentPage"`
	Data         []Contact `json:"data"`
}

// Contact is a person as search and enrich return it.
type Contact struct {
	ID        int64       `json:"id"`
	FirstName string      `json:"firstName"`
	LastName  string      `json:"lastName"`
	JobTitle  string      `json:"jobTitle,omitempty"`
	Email     string      `json:"email,omitempty"`
	Company   CompanyLink `json:"company,omitzero"`
}

// CompanyLink names the company a contact works for.
type CompanyLink struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// CompanySearchRequest is the body of POST /search/company.
type CompanySearchRequest struct {
	CompanyName    string `json:"companyName,omitempty"`
	CompanyWebsite string `json:"companyWebsite,omitempty"`
	Country        string `json:"country,omitempty"`

	// RPP is the number of results per page, Page the 1-based page.
	RPP  int `json:"rpp,omitempty"`
	Page int `json:"page,omitempty"`
}

// CompanySearchResponse is one page of companies.
type CompanySearchResponse struct {
	MaxResults   int       `json:"maxResults"`
	TotalResults int       `json:"totalResults"`
	CurrentPage  int       `json:"currentPage"`
	Data         []Company `json:"data"`
}

// Company is a company as search and enrich return it.
type Company struct {
	ID            int64  `json:"id"`
	Name          string `json:"name"`
	Website       string `json:"website,omitempty"`
	Revenue       int64  `json:"revenue,omitempty"`
	EmployeeCount int    `json:"employeeCount,omitempty"`
}

// errNilRequest is returned, before anything is sent, for a nil request.
var errNilRequest = errors.New("zoominfo: nil request")

// SearchContacts finds contacts matching req.
func (c *Client) SearchContacts(ctx context.Context,
	req *ContactSearchRequest) (*ContactSearchResponse, error) {
	if req == nil {
		return nil, errNilRequest
	}
	var out ContactSearchResponse
	if err := c.Do(ctx, http.MethodPost, "/search/contact", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// SearchCompanies finds companies matching req.
func (c *Client) SearchCompanies(ctx context.Context,
	req *CompanySearchRequest) (*CompanySearchResponse, error) {
	if req == nil {
		return nil, errNilRequest
	}
	var out CompanySearchResponse
	if err := c.Do(ctx, http.MethodPost, "/search/company", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
